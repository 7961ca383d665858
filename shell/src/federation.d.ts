/** The run-time API of @originjs/vite-plugin-federation's virtual module, as far as the shell uses it. */
declare module '__federation__' {
  interface RemoteConfig {
    url: string | (() => Promise<string>);
    format: 'esm' | 'systemjs' | 'var';
    from: 'vite' | 'webpack';
  }
  export function __federation_method_setRemote(remoteName: string, config: RemoteConfig): void;
  export function __federation_method_getRemote(remoteName: string, exposedModule: string): Promise<unknown>;
}
