package com.icpportal.changeorder;

/** A mainland China address to mail the backdrop to, as typed. */
public record BackdropAddress(
        String provinceCode, String cityCode, String districtCode, String street, String recipient, String mobile) {}
