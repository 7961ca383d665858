import { type CreatedSession, type SignInRequest, type SignedInSession } from '@tiffin/contracts';
/** The identity service did not answer, or not as its contract says: nobody can sign in or be recognised. */
export declare class IdentityUnavailable extends Error {
    readonly name = "IdentityUnavailable";
}
export interface IdentityClient {
    /** The new session, or 'refused' when the email or password is wrong. */
    signIn(credentials: SignInRequest, correlationId: string): Promise<CreatedSession | 'refused'>;
    /** Who holds the token, or undefined when the session has ended or never was. */
    sessionOf(token: string, correlationId: string): Promise<SignedInSession | undefined>;
    signOut(token: string, correlationId: string): Promise<void>;
}
/** The edge's calls to the identity service (TIFFIN_IDENTITY_SERVICE_URL overrides where it is). */
export declare function createIdentityClient(env?: NodeJS.ProcessEnv): IdentityClient;
