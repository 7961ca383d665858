import type { SliceEventBus, SliceEvents } from '@tiffin/slice-contract';

type Handler = (payload: never) => void;

/** The shell's event channel in memory; `onEvent` sees each event too (the harness shows them, tests record them). */
export function createMemoryEvents(onEvent: (type: keyof SliceEvents, payload: unknown) => void): SliceEventBus {
  const handlers = new Map<keyof SliceEvents, Set<Handler>>();
  return {
    emit(type, payload) {
      onEvent(type, payload);
      for (const handler of [...(handlers.get(type) ?? [])]) (handler as (p: typeof payload) => void)(payload);
    },
    on(type, handler) {
      const set = handlers.get(type) ?? new Set<Handler>();
      handlers.set(type, set);
      set.add(handler as Handler);
      return () => void set.delete(handler as Handler);
    },
  };
}
