declare module 'tiffin-harness:slice' {
  import type { SliceComponent } from '@tiffin/slice-contract';
  const Slice: SliceComponent;
  export default Slice;
}
