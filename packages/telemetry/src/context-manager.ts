import { context } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';

let registered = false;

/**
 * The active span follows async work through AsyncLocalStorage. There is one context manager per
 * thread (the API keeps it globally), shared by every part in it; the first part to start sets it.
 */
export function useAsyncContext(): void {
  if (registered) return;
  registered = context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
}
