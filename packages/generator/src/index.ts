export { generateService, generateSlice, type Generated } from './generate';
export { namesOf, type Names } from './names';
