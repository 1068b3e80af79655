package com.icpportal.province;

/** How the website principal is verified: a photo before the provider's backdrop, or the administration's app (Shanghai). */
public enum VerificationChannel {
    PHOTO,
    APP
}
