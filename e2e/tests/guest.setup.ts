import { test as setup } from '@playwright/test';
import { guestStorageState, signIn } from './support/signIn';

// Every journey runs signed in as the seeded guest customer unless it signs in as someone else.
setup('sign in as the guest customer', async ({ context }) => {
  await signIn(context, 'guest');
  await context.storageState({ path: guestStorageState });
});
