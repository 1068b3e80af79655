package com.icpportal.values;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.google.i18n.phonenumbers.geocoding.PhoneNumberOfflineGeocoder;

/**
 * Where a mobile number is registered (号码归属地), as Google's libphonenumber offline geocoder knows it.
 *
 * @param description the geocoder's text in Chinese, e.g. {@code 江苏省连云港市}, {@code 北京市}, {@code 广西南宁市}; {@code
 *     中国} when it knows only the country (virtual operators such as 170 and 171, and some newer segments), or empty
 *     when it knows nothing
 * @param province the province-level division the description starts with; empty when unknown
 */
public record MobileLocation(String description, Optional<ProvinceLevel> province) {

    private static final PhoneNumberOfflineGeocoder GEOCODER = PhoneNumberOfflineGeocoder.getInstance();

    public MobileLocation {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(province, "province");
    }

    static MobileLocation of(MobileNumber number) {
        String description = GEOCODER.getDescriptionForNumber(number.phoneNumber(), Locale.SIMPLIFIED_CHINESE);
        return new MobileLocation(description, ProvinceLevel.byPlaceName(description));
    }

    /** Whether the province is known. */
    public boolean isKnown() {
        return province.isPresent();
    }

    /** The GB/T 2260 code of the province, e.g. {@code 320000}; empty when unknown. */
    public Optional<String> provinceCode() {
        return province.map(ProvinceLevel::code);
    }

    /** The province's full Chinese name, e.g. {@code 江苏省}; empty when unknown. */
    public Optional<String> provinceName() {
        return province.map(ProvinceLevel::chineseName);
    }
}
