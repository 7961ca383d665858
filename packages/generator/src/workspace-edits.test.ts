import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '@tiffin/topology';
import { namesOf } from './names';
import { nextPort, withMessageOwner, withRoleEntry, withTopologyEntry } from './workspace-edits';

const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');

describe('the generators’ edits of existing files', () => {
  it('adds a service at the end of the topology’s services, quoting a name with a hyphen', () => {
    const topology = read('packages/topology/src/topology.ts');
    const edited = withTopologyEntry(topology, 'services', 'gift-cards', '{ port: 4109 }');
    expect(edited.split('\n').length).toBe(topology.split('\n').length + 1);
    expect(edited).toMatch(/ {4}identity: \{[^\n]*\},\n {4}'gift-cards': \{ port: 4109 \},\n {2}\},\n {2}\/\*\*/);
    expect(() => withTopologyEntry(edited, 'services', 'gift-cards', '{ port: 4110 }')).toThrow('services already has gift-cards');
    expect(() => withTopologyEntry('export const topology = {};', 'bffs', 'x', '{}')).toThrow('no "bffs: {" block');
  });

  it('takes the port after the block’s highest that nothing else uses', () => {
    expect(nextPort([4101, 4102, 4201, 8080], [4101, 4102])).toBe(4103);
    expect(nextPort([4101, 4102, 4103], [4101, 4102])).toBe(4104);
  });

  it('adds an owner of messages to the catalogue: its import after the others, and its place in the list', () => {
    const catalogue = read('packages/messages/src/catalogue.ts');
    const edited = withMessageOwner(catalogue, { variable: 'giftCardsMessages', file: 'gift-cards' });
    expect(edited).toContain("import { orderHistoryMessages } from './owners/order-history';\nimport { giftCardsMessages } from './owners/gift-cards';\n");
    expect(edited).toContain('  orderHistoryMessages,\n  giftCardsMessages,\n] as const satisfies readonly OwnerMessages[];');
    expect(() => withMessageOwner('export const owners = [];', { variable: 'x', file: 'x' })).toThrow('no owner imports');
  });

  it('adds a slice last in a role’s menu, whether the menu is written on one line or several', () => {
    const navigation = read('shell/src/session/roleNavigation.ts');
    const entry = "{ slice: 'ops', path: '', label: 'Operations' }";
    expect(withRoleEntry(navigation, 'courier', entry)).toContain(
      `  courier: [\n    { slice: 'delivery', path: '', label: 'Deliveries' },\n    ${entry},\n  ],`,
    );
    expect(withRoleEntry(navigation, 'staff', entry)).toContain(`{ slice: 'catalog', path: '/manage', label: 'Menu' },\n    ${entry},\n  ],`);
    expect(withRoleEntry("  pilot: [],\n", 'pilot', entry)).toBe(`  pilot: [${entry}],\n`);
    expect(() => withRoleEntry(navigation, 'pilot', entry)).toThrow('no menu for the role "pilot"');
  });

  it('spells a part’s name in each form it needs, and refuses one that is not a part name', () => {
    expect(namesOf('gift-cards')).toEqual({ kebab: 'gift-cards', pascal: 'GiftCards', camel: 'giftCards', words: 'gift cards' });
    expect(() => namesOf('GiftCards')).toThrow('not a part name');
    expect(() => namesOf('gift--cards')).toThrow('not a part name');
  });
});
