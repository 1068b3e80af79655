package com.icpportal.filing;

/** Identity documents of subjects (the credit code certificate for organisations) and of principals. */
public enum CertificateType {
    /** Business licence or other certificate carrying a unified social credit code. */
    USCC,
    RESIDENT_ID,
    PASSPORT,
    HK_MACAO_PERMIT,
    TAIWAN_PERMIT
}
