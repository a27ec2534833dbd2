package io.sellercenter.accesstokens.domain.shared;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One page of a list, as asked for, and how many items the whole list holds. */
public record Page<T>(List<T> items, PageRequest request, long totalItems) {
    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(request, "request");
        if (items.size() > request.size()) {
            throw new IllegalArgumentException("a page holds at most " + request.size() + " items");
        }
    }

    /** The same page with each item turned into something else. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), request, totalItems);
    }
}
