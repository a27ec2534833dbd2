package io.sellercenter.accesstokens.domain.shared;

/**
 * Which page of a list to show: page {@code page} (from 0) of {@code size} items (1 to 100). One rule for every list,
 * so that no list can be asked for more than a page's worth at once or for an offset that overflows.
 */
public record PageRequest(int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Far enough for any real seller, near enough that an offset never overflows. */
    public static final int MAX_PAGE = 1_000_000;

    public PageRequest {
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidInput("page", "must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInput("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    /** The first page, of the default size. */
    public static PageRequest first() {
        return new PageRequest(0, DEFAULT_SIZE);
    }

    /** How many items come before this page. */
    public long offset() {
        return (long) page * size;
    }
}
