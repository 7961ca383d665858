import { Route, Routes } from 'react-router';
import type { SliceProps } from '@tiffin/slice-contract';
import { SliceProvider } from '@tiffin/slice-kit';
import { CatalogNotFound } from './components/CatalogNotFound';
import { MenuManagerPage } from './features/menu-management/components/MenuManagerPage';
import { RestaurantListPage } from './features/restaurants/components/RestaurantListPage';
import { RestaurantPage } from './features/restaurants/components/RestaurantPage';
// The kit's rules sit in a cascade layer, so this slice's own rules win where both apply.
import '@tiffin/slice-kit/styles.css';
import './catalog.css';

/** The catalog slice as the shell mounts it at `/catalog/*`: restaurant list and menus; staff manage theirs at `manage`. */
export default function CatalogSlice(props: SliceProps) {
  // Staff reach the manager from the shell's navigation; customers never see it (its BFF routes answer them 403).
  const isStaff = props.session.identity.role === 'staff';
  return (
    <SliceProvider slice={props}>
      <Routes>
        <Route index element={<RestaurantListPage />} />
        {isStaff && <Route path="manage" element={<MenuManagerPage />} />}
        <Route path=":restaurantId" element={<RestaurantPage />} />
        <Route path="*" element={<CatalogNotFound />} />
      </Routes>
    </SliceProvider>
  );
}
