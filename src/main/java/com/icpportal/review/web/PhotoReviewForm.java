package com.icpportal.review.web;

/**
 * What the reviewer entered in the photo review, shown again with the errors.
 *
 * @param reason       why the photo (or the app verification) is returned
 * @param appConfirmed the reviewer saw the verification completed in the administration's app
 */
public record PhotoReviewForm(String reason, boolean appConfirmed) {

    /** The longest reason the order's timeline keeps. */
    static final int MAX_REASON = 1000;

    static PhotoReviewForm empty() {
        return new PhotoReviewForm("", false);
    }
}
