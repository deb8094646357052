package org.vigie.web;

import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * One page of a list that grows: its items in the list's stable order, which page (from 0), its size and how many items the
 * whole list has. Requests name {@code page} (default 0) and {@code size} (default {@value #DEFAULT_SIZE}, at most
 * {@value #MAX_SIZE}); anything else is a 400 naming the parameter.
 */
@Schema(description = "One page of a list: its items, the page (from 0), the page size and the list's total")
public record Paged<T>(@Schema(description = "The page's items, in the list's stable order") List<T> items,
                       @Schema(description = "The page, from 0", example = "0") int page,
                       @Schema(description = "The most items a page holds", example = "50") int size,
                       @Schema(description = "How many items the whole list holds", example = "134") long total) {
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    /** The page asked for, checked, in this stable order. */
    public static PageRequest request(Integer page, Integer size, Sort order) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        new Validation().require(p >= 0, "page", Texts.of("web.page.negative"))
                .require(s >= 1 && s <= MAX_SIZE, "size", Texts.of("web.page.size", "max", MAX_SIZE))
                .throwIfAny();
        return PageRequest.of(p, s, order);
    }

    /** The page asked for, in no particular order (the query orders it). */
    public static PageRequest request(Integer page, Integer size) {
        return request(page, size, Sort.unsorted());
    }

    /** A page a query read itself (LIMIT and OFFSET of the request), with the whole list's count. */
    public static <T> Paged<T> of(List<T> items, PageRequest request, long total) {
        return new Paged<>(List.copyOf(items), request.getPageNumber(), request.getPageSize(), total);
    }

    /** The same page, each item as {@code view} shows it. */
    public <R> Paged<R> map(Function<? super T, ? extends R> view) {
        return new Paged<>(items.stream().<R>map(view).toList(), page, size, total);
    }

    public static <E, T> Paged<T> of(Page<E> page, Function<E, T> view) {
        return new Paged<>(page.getContent().stream().map(view).toList(), page.getNumber(), page.getSize(), page.getTotalElements());
    }

    /** A page cut from a whole list already in its order (a list read whole for other reasons). */
    public static <T> Paged<T> of(List<T> all, PageRequest request) {
        int from = (int) Math.min(request.getOffset(), all.size());
        int to = (int) Math.min(request.getOffset() + request.getPageSize(), all.size());
        return of(all.subList(from, to), request, all.size());
    }
}
