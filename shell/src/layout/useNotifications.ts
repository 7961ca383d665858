import { useCallback, useEffect, useRef, useState } from 'react';
import type { SliceEvents } from '@tiffin/slice-contract';
import { useShell } from '../app/ShellContext';

export type Toast = SliceEvents['notification'] & { id: number };

const toastLifetimeMs = 4000;
const maxVisibleToasts = 3;

/** Collects `notification` events from slices (and the shell's own) into short-lived toasts. */
export function useNotifications(): { toasts: Toast[]; dismiss: (id: number) => void } {
  const { events } = useShell();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(0);
  const timers = useRef(new Map<number, ReturnType<typeof setTimeout>>());

  const dismiss = useCallback((id: number) => {
    clearTimeout(timers.current.get(id));
    timers.current.delete(id);
    setToasts((current) => current.filter((t) => t.id !== id));
  }, []);

  useEffect(() => {
    const show = (notification: SliceEvents['notification']) => {
      const id = nextId.current++;
      setToasts((current) => [...current, { ...notification, id }].slice(-maxVisibleToasts));
      timers.current.set(id, setTimeout(() => dismiss(id), toastLifetimeMs));
    };
    const offNotification = events.on('notification', show);
    const offOrderPlaced = events.on('order.placed', () =>
      show({ message: "Order placed. We'll keep its status up to date here.", tone: 'success' }),
    );
    const pending = timers.current;
    return () => {
      offNotification();
      offOrderPlaced();
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
    };
  }, [events, dismiss]);

  return { toasts, dismiss };
}
