import type { HttpApp } from './app';

/** One route as fastify registered it: `GET /sagas/:sagaId`. */
export interface RouteEntry {
  method: string;
  url: string;
}

const everyRoute = new WeakMap<HttpApp, RouteEntry[]>();
const operatorOnly = new WeakMap<HttpApp, RouteEntry[]>();

function entriesOf(table: WeakMap<HttpApp, RouteEntry[]>, app: HttpApp): RouteEntry[] {
  let entries = table.get(app);
  if (!entries) table.set(app, (entries = []));
  return entries;
}

/** Keeps the app's route table as routes are registered (HEAD twins left out), for routesOf. */
export function trackRoutes(app: HttpApp): void {
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') entriesOf(everyRoute, app).push({ method, url: route.url });
  });
}

/** Marks the routes registered on `scope` as the app's operator routes. */
export function trackOperatorRoutes(app: HttpApp, scope: HttpApp): void {
  scope.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') entriesOf(operatorOnly, app).push({ method, url: route.url });
  });
}

/** Every route of an app made by createHttpApp, once it is ready. */
export const routesOf = (app: HttpApp): readonly RouteEntry[] => entriesOf(everyRoute, app);

/** The routes of an app that only an operator may call (operatorScope), once it is ready. */
export const operatorRoutesOf = (app: HttpApp): readonly RouteEntry[] => entriesOf(operatorOnly, app);
