/**
 * Request/answer calls over a worker thread's message port, in both directions: the service thread
 * calls the broker (publish, subscribe, declare) and the broker calls the service thread (deliver).
 * Errors cross as name and message; a port that closes fails every call still waiting.
 */
export interface PortLike {
  postMessage(value: unknown): void;
  on(event: 'message', listener: (value: unknown) => void): unknown;
}

export type Handlers = Record<string, (args: never) => Promise<unknown>>;

type Envelope =
  | { rpc: 'call'; id: number; method: string; args: unknown }
  | { rpc: 'answer'; id: number; value: unknown }
  | { rpc: 'failure'; id: number; error: { name: string; message: string } };

export interface Rpc {
  call<T>(method: string, args: unknown): Promise<T>;
  /** Fails every call still waiting, e.g. when the thread on the other side died. */
  abandon(reason: Error): void;
}

function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && 'rpc' in value;
}

export function connectRpc(port: PortLike, handlers: Handlers): Rpc {
  let nextId = 0;
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  port.on('message', (value) => {
    if (!isEnvelope(value)) return;
    if (value.rpc === 'call') {
      const handler = handlers[value.method];
      const answer = handler
        ? handler(value.args as never)
        : Promise.reject(new Error(`no handler for ${value.method}`));
      answer.then(
        (result) => port.postMessage({ rpc: 'answer', id: value.id, value: result } satisfies Envelope),
        (error: unknown) => {
          const { name, message } = error instanceof Error ? error : new Error(String(error));
          port.postMessage({ rpc: 'failure', id: value.id, error: { name, message } } satisfies Envelope);
        },
      );
      return;
    }
    const call = waiting.get(value.id);
    if (!call) return;
    waiting.delete(value.id);
    if (value.rpc === 'answer') call.resolve(value.value);
    else call.reject(Object.assign(new Error(value.error.message), { name: value.error.name }));
  });

  return {
    call<T>(method: string, args: unknown): Promise<T> {
      const id = ++nextId;
      return new Promise<T>((resolve, reject) => {
        waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
        port.postMessage({ rpc: 'call', id, method, args } satisfies Envelope);
      });
    },
    abandon(reason) {
      for (const call of waiting.values()) call.reject(reason);
      waiting.clear();
    },
  };
}
