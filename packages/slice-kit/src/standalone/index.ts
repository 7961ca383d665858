export { createMemoryCart } from './memoryCart';
export { createMemoryEvents } from './memoryEvents';
