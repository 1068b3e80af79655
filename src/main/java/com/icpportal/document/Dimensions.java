package com.icpportal.document;

/**
 * The width and height of an image in pixels, as its header states them.
 *
 * @param width at least 1
 * @param height at least 1
 */
public record Dimensions(int width, int height) {

    public Dimensions {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("dimensions must be positive: " + width + " x " + height);
        }
    }
}
