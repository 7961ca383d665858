/** The file a slice's build leaves beside its output: which source it was built from (see sourceStamp). */
export const sourceStampFile = 'source.json';
