package io.scpgen.runtime.pagination;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks a list operation page by page with {@code limit} and {@code marker}: the first page is
 * fetched without a marker, each next one with the id of the previous page's last item. The walk
 * stops after a page shorter than the limit (an empty page included). Lazy: nothing is fetched
 * until items are asked for, and each page only when the previous one is used up. Every
 * {@link #iterator()} and {@link #stream()} starts a new walk from the first page.
 *
 * <pre>{@code
 * MarkerPaginator<Image> images = MarkerPaginator.of(50,
 *         (marker, limit) -> client.listImages(limit, marker).getImages(),
 *         Image::getId);
 * images.stream().filter(...)
 * }</pre>
 *
 * @param <T> the item type
 */
public final class MarkerPaginator<T> implements Iterable<T> {
    private final int pageSize;
    private final PageFetcher<T> fetcher;
    private final Function<? super T, String> idOf;

    private MarkerPaginator(int pageSize, PageFetcher<T> fetcher, Function<? super T, String> idOf) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1: " + pageSize);
        }
        this.pageSize = pageSize;
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.idOf = Objects.requireNonNull(idOf, "idOf");
    }

    /**
     * A paginator.
     *
     * @param pageSize the {@code limit} of every page request
     * @param fetcher fetches one page's items
     * @param idOf the id of an item, which becomes the next page's marker
     */
    public static <T> MarkerPaginator<T> of(int pageSize, PageFetcher<T> fetcher, Function<? super T, String> idOf) {
        return new MarkerPaginator<>(pageSize, fetcher, idOf);
    }

    /** Iterates over the items of all pages, fetching pages as needed. */
    @Override
    public Iterator<T> iterator() {
        return new ItemIterator();
    }

    /** The items of all pages as a sequential, lazy stream. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    /** Fetches one page. */
    @FunctionalInterface
    public interface PageFetcher<T> {
        /**
         * Returns the items of one page.
         *
         * @param marker the id of the last item already seen, {@code null} for the first page
         * @param limit the most items the page may hold
         */
        List<T> fetchPage(String marker, int limit);
    }

    private final class ItemIterator implements Iterator<T> {
        private Iterator<T> page = List.<T>of().iterator();
        private String marker;
        private boolean lastPageFetched;

        @Override
        public boolean hasNext() {
            while (!page.hasNext() && !lastPageFetched) {
                fetchNextPage();
            }
            return page.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return page.next();
        }

        private void fetchNextPage() {
            List<T> items = fetcher.fetchPage(marker, pageSize);
            List<T> safeItems = items == null ? List.of() : items;
            lastPageFetched = safeItems.size() < pageSize;
            if (!lastPageFetched) {
                String nextMarker = idOf.apply(safeItems.get(safeItems.size() - 1));
                if (nextMarker == null || nextMarker.equals(marker)) {
                    // the same marker again would fetch the same page forever
                    throw new IllegalStateException("page after marker " + marker + " ends with item id " + nextMarker
                            + "; cannot continue");
                }
                marker = nextMarker;
            }
            page = safeItems.iterator();
        }
    }
}
