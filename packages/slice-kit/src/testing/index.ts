export { renderSlice, type RenderSliceOptions, type RenderedSlice } from './renderSlice';
export { answer, fakeBff, refusal, type FakeAnswer, type FakeBff, type FakeBffCall, type FakeRoute } from './fakeBff';
export { demoSession } from './demoSession';
export { screen, within } from '@testing-library/react';
