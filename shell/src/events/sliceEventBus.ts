import type { SliceEventBus, SliceEvents } from '@tiffin/slice-contract';

type Handler = (payload: never) => void;

/** The one channel between shell and slices: a slice announces, whoever cares listens. */
export function createSliceEventBus(onHandlerError: (error: unknown) => void = console.error): SliceEventBus {
  const handlers = new Map<keyof SliceEvents, Set<Handler>>();

  return {
    emit(type, payload) {
      for (const handler of [...(handlers.get(type) ?? [])]) {
        // One listener failing must not keep the event from the others or break the emitter.
        try {
          (handler as (p: typeof payload) => void)(payload);
        } catch (error) {
          onHandlerError(error);
        }
      }
    },
    on(type, handler) {
      const set = handlers.get(type) ?? new Set<Handler>();
      handlers.set(type, set);
      set.add(handler as Handler);
      return () => {
        set.delete(handler as Handler);
      };
    },
  };
}
