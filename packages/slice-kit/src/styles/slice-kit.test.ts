import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toneClass, tones } from '../components/tone';

// A class the components use but the stylesheet lacks renders unstyled with no error anywhere.
const stylesheet = readFileSync(path.join(import.meta.dirname, 'slice-kit.css'), 'utf8');
const componentsDir = path.join(import.meta.dirname, '../components');
const componentFiles = readdirSync(componentsDir).filter((f) => f.endsWith('.tsx') && !f.endsWith('.test.tsx'));

function definedInStylesheet(className: string): boolean {
  return new RegExp(`\\.${className}(?![\\w-])`).test(stylesheet);
}

describe('slice-kit stylesheet', () => {
  it.each(componentFiles)('defines every tk- class %s uses', (file) => {
    const source = readFileSync(path.join(componentsDir, file), 'utf8');
    // Whole names only: `tk-tone-${tone}` is checked per tone below.
    const used = [...source.matchAll(/\btk-[a-z]+(?:-[a-z]+)*\b(?!-)/g)].map((m) => m[0]);
    expect(used.filter((name) => !definedInStylesheet(name))).toEqual([]);
  });

  it.each(tones)('defines the %s tone', (tone) => {
    expect(definedInStylesheet(toneClass(tone))).toBe(true);
  });
});
