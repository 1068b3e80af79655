package com.icpportal.values;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The province-level divisions of GB/T 2260 (省级行政区划), with the short names an offline geocoder writes and
 * the abbreviations an ICP filing number starts with. It is the one table of ICP prefixes: {@link
 * IcpNumber#KNOWN_PREFIXES} is read from it, and so are the province codes allowed at the start of resident ID
 * numbers and credit codes.
 *
 * <p>No province-level code has been withdrawn since GB/T 2260 began in 1980 (海南 46 was added in 1988, 重庆 50 in
 * 1997), so the current list is also the historic one. 台湾 71, 香港 81 and 澳门 82 have codes but no ICP authority.
 */
public enum ProvinceLevel {
    BEIJING("110000", "北京市", "北京", "京"),
    TIANJIN("120000", "天津市", "天津", "津"),
    HEBEI("130000", "河北省", "河北", "冀"),
    SHANXI("140000", "山西省", "山西", "晋"),
    INNER_MONGOLIA("150000", "内蒙古自治区", "内蒙古", "蒙"),
    LIAONING("210000", "辽宁省", "辽宁", "辽"),
    JILIN("220000", "吉林省", "吉林", "吉"),
    HEILONGJIANG("230000", "黑龙江省", "黑龙江", "黑"),
    SHANGHAI("310000", "上海市", "上海", "沪"),
    JIANGSU("320000", "江苏省", "江苏", "苏"),
    ZHEJIANG("330000", "浙江省", "浙江", "浙"),
    ANHUI("340000", "安徽省", "安徽", "皖"),
    FUJIAN("350000", "福建省", "福建", "闽"),
    JIANGXI("360000", "江西省", "江西", "赣"),
    SHANDONG("370000", "山东省", "山东", "鲁"),
    HENAN("410000", "河南省", "河南", "豫"),
    HUBEI("420000", "湖北省", "湖北", "鄂"),
    HUNAN("430000", "湖南省", "湖南", "湘"),
    GUANGDONG("440000", "广东省", "广东", "粤"),
    GUANGXI("450000", "广西壮族自治区", "广西", "桂"),
    HAINAN("460000", "海南省", "海南", "琼"),
    CHONGQING("500000", "重庆市", "重庆", "渝"),
    SICHUAN("510000", "四川省", "四川", "川", "蜀"),
    GUIZHOU("520000", "贵州省", "贵州", "黔"),
    YUNNAN("530000", "云南省", "云南", "滇"),
    TIBET("540000", "西藏自治区", "西藏", "藏"),
    SHAANXI("610000", "陕西省", "陕西", "陕"),
    GANSU("620000", "甘肃省", "甘肃", "甘", "陇"),
    QINGHAI("630000", "青海省", "青海", "青"),
    NINGXIA("640000", "宁夏回族自治区", "宁夏", "宁"),
    XINJIANG("650000", "新疆维吾尔自治区", "新疆", "新"),
    TAIWAN("710000", "台湾省", "台湾"),
    HONG_KONG("810000", "香港特别行政区", "香港"),
    MACAO("820000", "澳门特别行政区", "澳门");

    private final String code;
    private final String chineseName;
    private final String shortName;
    private final List<String> icpPrefixes;

    ProvinceLevel(String code, String chineseName, String shortName, String... icpPrefixes) {
        this.code = code;
        this.chineseName = chineseName;
        this.shortName = shortName;
        this.icpPrefixes = List.of(icpPrefixes);
    }

    /** The six-digit GB/T 2260 code, e.g. {@code 320000}. */
    public String code() {
        return code;
    }

    /** The full Chinese name, e.g. {@code 江苏省} or {@code 广西壮族自治区}. */
    public String chineseName() {
        return chineseName;
    }

    /** The ICP filing number prefixes issued by this province's authority, the usual one first; may be empty. */
    public List<String> icpPrefixes() {
        return icpPrefixes;
    }

    /** The division whose code starts with these two digits, e.g. {@code 32} for 江苏省. */
    public static Optional<ProvinceLevel> byTwoDigits(String digits) {
        return Arrays.stream(values())
                .filter(p -> p.code.startsWith(digits) && digits.length() == 2)
                .findFirst();
    }

    /** The division whose six-digit code this is. */
    public static Optional<ProvinceLevel> byCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }

    /** The division an ICP prefix such as 京 or 蜀 belongs to. */
    public static Optional<ProvinceLevel> byIcpPrefix(String prefix) {
        return Arrays.stream(values())
                .filter(p -> p.icpPrefixes.contains(prefix))
                .findFirst();
    }

    /**
     * The division a place description starts with, as the geocoder writes them: {@code 江苏省连云港市}, {@code 北京市},
     * {@code 广西南宁市}, {@code 内蒙古呼和浩特市}. Empty for {@code 中国} and for text naming no province.
     */
    static Optional<ProvinceLevel> byPlaceName(String place) {
        return Arrays.stream(values())
                .filter(p -> place.startsWith(p.shortName))
                .findFirst();
    }
}
