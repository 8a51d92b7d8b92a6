package uk.lantern.oversight.internal.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * An axis from zero to a round top, with ticks at a round step (1, 2 or 5 times a power of ten), mapped onto a span
 * of the drawing. The top is the first tick at or above the largest value.
 */
record ValueAxis(double top, double step, double pixelsAtZero, double pixelsAtTop) {

    static ValueAxis upTo(double largest, int roughTicks, double pixelsAtZero, double pixelsAtTop) {
        double step = roundStep(largest > 0 ? largest / roughTicks : 1);
        double top = Math.max(step, Math.ceil(largest / step - 1e-9) * step);
        return new ValueAxis(top, step, pixelsAtZero, pixelsAtTop);
    }

    double pixels(double value) {
        return pixelsAtZero + (pixelsAtTop - pixelsAtZero) * value / top;
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long count = Math.round(top / step);
        for (long i = 0; i <= count; i++) {
            ticks.add(i * step);
        }
        return ticks;
    }

    private static double roundStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double multiple = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return multiple * power;
    }
}
