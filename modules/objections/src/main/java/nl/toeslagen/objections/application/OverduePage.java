package nl.toeslagen.objections.application;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * One page of the open cases past their legal deadline ({@code GET /api/objections/overdue}), most
 * overdue first: {@code cases} is page {@code page} (0-based) of {@code size}; {@code total} counts
 * every open case past its deadline on {@code today} (Amsterdam time), as {@code overdue} of the
 * deadline overview does.
 */
public record OverduePage(
    @NotNull LocalDate today, long total, int page, int size, @NotNull List<ObjectionView> cases) {}
