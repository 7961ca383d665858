import { useMemo } from 'react';
import { Route, Routes } from 'react-router';
import type { SliceProps } from '@tiffin/contracts';
import { createBffClient } from './api/bffClient';
import { SliceContext } from './app/sliceContext';
import { RestaurantListPage } from './features/restaurants/components/RestaurantListPage';
import { RestaurantPage } from './features/restaurants/components/RestaurantPage';
import { NotFound } from './components/NotFound';
import './catalog.css';

/** The catalog slice as the shell mounts it at `/catalog/*`: restaurant list and menus. */
export default function CatalogSlice(props: SliceProps) {
  const { bffBase, session } = props;
  const bff = useMemo(() => createBffClient(bffBase, session), [bffBase, session]);
  const context = useMemo(() => ({ ...props, bff }), [props, bff]);

  return (
    <SliceContext.Provider value={context}>
      <div className="cat-root">
        <Routes>
          <Route index element={<RestaurantListPage />} />
          <Route path=":restaurantId" element={<RestaurantPage />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </div>
    </SliceContext.Provider>
  );
}
