import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ProblemMessage } from '@tiffin/slice-kit';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { useRestaurants } from '../api/getRestaurants';
import { RestaurantCard } from './RestaurantCard';

const searchDelayMs = 300;

export function RestaurantListPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const [search, setSearch] = useState(() => searchParams.get('q') ?? '');
  const settledSearch = useDebouncedValue(search, searchDelayMs);
  const restaurants = useRestaurants(settledSearch);

  // The search lives in the address too, so a result list can be shared or reloaded.
  useEffect(() => {
    const q = settledSearch.trim();
    setSearchParams(q ? { q } : {}, { replace: true });
  }, [settledSearch, setSearchParams]);

  return (
    <section className="tk-page" aria-labelledby="cat-restaurants-heading">
      <h1 id="cat-restaurants-heading" className="tk-title">
        Restaurants
      </h1>
      <form className="cat-search" role="search" onSubmit={(event) => event.preventDefault()}>
        <label className="cat-search-label" htmlFor="cat-search-input">
          Search restaurants
        </label>
        <input
          id="cat-search-input"
          className="cat-search-input"
          type="search"
          placeholder="Dish, cuisine or restaurant name"
          maxLength={100}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      </form>

      {restaurants.isPending && (
        <p className="tk-muted" role="status">
          Finding restaurants…
        </p>
      )}
      {restaurants.isError && (
        <ProblemMessage
          title="Restaurants could not be loaded."
          error={restaurants.error}
          onRetry={() => void restaurants.refetch()}
        />
      )}
      {restaurants.data && restaurants.data.length === 0 && (
        <p className="tk-empty" role="status">
          {settledSearch.trim()
            ? `No restaurant, cuisine or dish matches “${settledSearch.trim()}”. Try fewer or shorter words, or clear the search to see every restaurant.`
            : 'No restaurants are listed yet.'}
        </p>
      )}
      {restaurants.data && restaurants.data.length > 0 && (
        <ul className="cat-restaurant-grid" aria-label="Restaurants" aria-busy={restaurants.isFetching}>
          {restaurants.data.map((restaurant) => (
            <li key={restaurant.id}>
              <RestaurantCard restaurant={restaurant} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
