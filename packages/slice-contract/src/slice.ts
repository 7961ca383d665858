import { z } from 'zod';
import type { ComponentType } from 'react';
import { cents, id, signedInSession } from '@tiffin/contracts';
// By path, not package name: the topology package's entry also reads the server environment, so no
// browser bundle may take it; topology.ts itself is plain data.
import { sliceNames, type SliceName } from '../../topology/src/topology';

export type { SliceName };
/** A slice of the topology, as a schema: what a manifest entry or a slice command may name. */
export const sliceName = z.enum(sliceNames as [SliceName, ...SliceName[]]);

/** The runtime manifest the shell fetches at start-up: where each slice's remoteEntry.js lives now. */
export const sliceManifestEntry = z.object({
  name: sliceName,
  /** Path the shell mounts the slice under, e.g. "/catalog". */
  route: z.string().regex(/^\/[a-z-]+$/),
  label: z.string(),
  remoteEntry: z.url(),
  /** Module the slice exposes through federation; its default export is a SliceComponent. */
  exposedModule: z.literal('./Slice'),
  version: z.string(),
  /** The slice contract version the release was built against (see sliceContractVersion). */
  contractVersion: z.number().int().positive(),
  /** Path prefix of the slice's own BFF on the shell's origin, e.g. "/bff/catalog". */
  bffBase: z.string(),
});
export type SliceManifestEntry = z.infer<typeof sliceManifestEntry>;
export const sliceManifest = z.object({ slices: z.array(sliceManifestEntry).min(1) });
export type SliceManifest = z.infer<typeof sliceManifest>;

/**
 * Who is signed in (customer, restaurant staff or courier) and the token the BFF client echoes on
 * state-changing calls. Contract version 2: version 1 carried a guest's consumerId and no token.
 */
export const session = signedInSession;
export type Session = z.infer<typeof session>;

export const cartLine = z.object({
  menuItemId: id,
  name: z.string(),
  unitPriceCents: cents,
  quantity: z.number().int().min(1).max(50),
});
export type CartLine = z.infer<typeof cartLine>;

/** One cart holds items of one restaurant: an order goes to one kitchen. */
export const cart = z.object({
  restaurantId: id.nullable(),
  restaurantName: z.string().nullable(),
  lines: z.array(cartLine),
});
export type Cart = z.infer<typeof cart>;

/** The shell owns the cart; slices read it with useSyncExternalStore and change it through these. */
export interface CartStore {
  getSnapshot(): Cart;
  subscribe(listener: () => void): () => void;
  /** Adding from another restaurant replaces the cart (the UI asks first). */
  addItem(restaurant: { id: string; name: string }, line: Omit<CartLine, 'quantity'>, quantity?: number): void;
  setQuantity(menuItemId: string, quantity: number): void;
  clear(): void;
}

/** Events between the shell and slices; a slice never calls another slice directly. */
export interface SliceEvents {
  'order.placed': { orderId: string };
  'notification': { message: string; tone: 'info' | 'success' | 'error' };
  /** A BFF answered 401: the session ended (signed out elsewhere, or expired); the shell asks to sign in. */
  'session.ended': Record<string, never>;
}
export interface SliceEventBus {
  emit<K extends keyof SliceEvents>(type: K, payload: SliceEvents[K]): void;
  on<K extends keyof SliceEvents>(type: K, handler: (payload: SliceEvents[K]) => void): () => void;
}

/** Props the shell passes to every slice's exposed component: the whole slice contract. */
export interface SliceProps {
  /** Route prefix the slice is mounted under; the slice renders relative <Routes>. */
  basename: string;
  /** Base URL of the slice's own BFF on the shell's origin. */
  bffBase: string;
  session: Session;
  /** Navigate anywhere in the shell, e.g. from the cart to "/orders/123". */
  navigate: (to: string) => void;
  events: SliceEventBus;
  cart: CartStore;
}
export type SliceComponent = ComponentType<SliceProps>;

/** Checks at run time what a remote really exposed, before the shell renders it. */
export const sliceModule = z.object({
  default: z.custom<SliceComponent>((value) => typeof value === 'function', {
    message: 'a slice module must default-export a React component',
  }),
});
