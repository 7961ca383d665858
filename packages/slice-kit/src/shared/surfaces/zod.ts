// The part of zod the shell provides to slices (see ../sharedLibraries.ts): a `z` with the schema
// builders slices use. zod's own `z` also carries every locale, which no page needs. A new builder
// here reaches slices only once the shell is rebuilt and deployed, so deploy the shell first.
import { array, boolean, custom, discriminatedUnion, enum as enumOf, iso, literal, number, object, string, unknown, url, uuid } from 'zod';

export const z = { array, boolean, custom, discriminatedUnion, enum: enumOf, iso, literal, number, object, string, unknown, url, uuid };
