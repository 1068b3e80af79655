package com.icpportal.changeorder;

/**
 * A mainland China address to mail the backdrop to, as typed.
 *
 * @param postcode the six-digit postcode (邮政编码)
 */
public record BackdropAddress(
        String provinceCode,
        String cityCode,
        String districtCode,
        String street,
        String recipient,
        String mobile,
        String postcode) {}
