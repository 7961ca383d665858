// The part of @tanstack/react-query the shell provides to slices (see ../sharedLibraries.ts). A new
// name here reaches slices only once the shell is rebuilt and deployed, so deploy the shell first.
export {
  QueryClient,
  QueryClientProvider,
  queryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
