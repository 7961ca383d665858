declare module 'tiffin-harness:slice' {
  import type { SliceComponent } from '@tiffin/contracts';
  const Slice: SliceComponent;
  export default Slice;
}
