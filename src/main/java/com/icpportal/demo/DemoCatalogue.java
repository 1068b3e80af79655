package com.icpportal.demo;

import java.time.LocalDate;
import java.util.List;

import com.icpportal.account.Role;
import com.icpportal.filing.CertificateType;
import com.icpportal.filing.Principal;
import com.icpportal.filing.SubjectDetails;
import com.icpportal.filing.SubjectType;
import com.icpportal.filing.WebsiteDetails;

/**
 * The demo accounts and filings. Every resident ID and credit code carries a valid check
 * character; the people and companies are invented.
 */
final class DemoCatalogue {

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("applicant.beijing", "张伟 Zhang Wei", Role.APPLICANT, "demo.applicant.beijing"),
            new DemoAccount("applicant.shanghai", "王芳 Wang Fang", Role.APPLICANT, "demo.applicant.shanghai"),
            new DemoAccount("applicant.tianjin", "李娜 Li Na", Role.APPLICANT, "demo.applicant.tianjin"),
            new DemoAccount("applicant.shaanxi", "刘洋 Liu Yang", Role.APPLICANT, "demo.applicant.shaanxi"),
            new DemoAccount("reviewer.wang", "王磊 Wang Lei", Role.REVIEWER, "demo.reviewer.one"),
            new DemoAccount("reviewer.chen", "陈静 Chen Jing", Role.REVIEWER, "demo.reviewer.two"),
            new DemoAccount("admin", "赵敏 Zhao Min", Role.ADMIN, "demo.admin"));

    /** A demo filing and the account that owns it. */
    record DemoFiling(
            String owner, String icpNumber, String provinceCode, SubjectDetails subject, List<DemoWebsite> websites) {}

    record DemoWebsite(WebsiteDetails details, List<String> domains) {}

    static final List<DemoFiling> FILINGS = List.of(beijing(), shanghai(), tianjin(), shaanxi());

    /** What registrars report about the demo domains; 示例科技.中国 has no record, so it needs a domain certificate. */
    record DemoDomainRecord(String domain, String registrant, boolean realNameVerified, LocalDate expiresOn) {}

    static final List<DemoDomainRecord> DOMAIN_RECORDS = List.of(
            new DemoDomainRecord("example-tech.cn", "北京示例科技有限公司", true, LocalDate.of(2029, 3, 15)),
            new DemoDomainRecord("example-net.com", "上海示例网络有限公司", true, LocalDate.of(2028, 7, 1)),
            new DemoDomainRecord("lina-notes.top", "李娜", true, LocalDate.of(2027, 9, 30)),
            new DemoDomainRecord("example-soft.cn", "陕西示例软件有限公司", true, LocalDate.of(2030, 1, 20)));

    private DemoCatalogue() {}

    private static DemoFiling beijing() {
        Principal zhangWei = person(
                "张伟",
                "110105198503121234",
                LocalDate.of(2016, 5, 10),
                LocalDate.of(2036, 5, 10),
                "13812345678",
                "13912345670",
                "zhang.wei@example-tech.cn");
        Principal liQiang = person(
                "李强",
                "110108199007042346",
                LocalDate.of(2019, 8, 1),
                LocalDate.of(2039, 8, 1),
                "13698765432",
                "13598765430",
                "li.qiang@example-tech.cn");
        SubjectDetails subject = new SubjectDetails(
                SubjectType.ENTERPRISE,
                "北京示例科技有限公司",
                CertificateType.USCC,
                "91110105MA01ABCD5F",
                "110100",
                "110105",
                "北京市朝阳区建国路88号10层1001室",
                "张伟",
                zhangWei);
        return new DemoFiling(
                "applicant.beijing",
                "京ICP备12345678号",
                "110000",
                subject,
                List.of(
                        new DemoWebsite(
                                new WebsiteDetails(
                                        "示例科技官网",
                                        zhangWei,
                                        List.of("UNIT_PORTAL"),
                                        List.of(),
                                        true,
                                        "企业官方网站，介绍公司产品与服务，无交互功能。"),
                                List.of("example-tech.cn")),
                        new DemoWebsite(
                                new WebsiteDetails(
                                        "示例科技文档中心",
                                        liQiang,
                                        List.of("UNIT_PORTAL", "OTHER"),
                                        List.of(),
                                        true,
                                        "产品使用文档与常见问题，仅供客户查阅。"),
                                List.of("示例科技.中国"))));
    }

    private static DemoFiling shanghai() {
        Principal wangFang = person(
                "王芳",
                "310115198802153455",
                LocalDate.of(2018, 3, 20),
                LocalDate.of(2038, 3, 20),
                "13761234567",
                "13661234560",
                "wang.fang@example-net.com");
        SubjectDetails subject = new SubjectDetails(
                SubjectType.ENTERPRISE,
                "上海示例网络有限公司",
                CertificateType.USCC,
                "91310115MA1K4EXA92",
                "310100",
                "310115",
                "上海市浦东新区世纪大道100号20层",
                "王芳",
                wangFang);
        return new DemoFiling(
                "applicant.shanghai",
                "沪ICP备2024012345号",
                "310000",
                subject,
                List.of(new DemoWebsite(
                        new WebsiteDetails(
                                "示例网络商城",
                                wangFang,
                                List.of("ONLINE_SHOPPING"),
                                List.of(),
                                true,
                                "销售本公司自有品牌的办公用品，支持在线下单。"),
                        List.of("example-net.com"))));
    }

    private static DemoFiling tianjin() {
        Principal liNa = person(
                "李娜",
                "120101199209184569",
                LocalDate.of(2020, 9, 18),
                LocalDate.of(2030, 9, 18),
                "15822345678",
                "15922345670",
                "li.na@example-blog.top");
        SubjectDetails subject = new SubjectDetails(
                SubjectType.INDIVIDUAL,
                "李娜",
                CertificateType.RESIDENT_ID,
                "120101199209184569",
                "120100",
                "120101",
                "天津市和平区南京路200号3门501",
                "李娜",
                liNa);
        return new DemoFiling(
                "applicant.tianjin",
                "津ICP备2023001234号",
                "120000",
                subject,
                List.of(new DemoWebsite(
                        new WebsiteDetails(
                                "李娜的读书笔记", liNa, List.of("BLOG"), List.of(), true, "个人博客，记录读书笔记和生活感悟，不涉及经营性内容。"),
                        List.of("lina-notes.top"))));
    }

    private static DemoFiling shaanxi() {
        Principal liuYang = person(
                "刘洋",
                "610113198706235678",
                LocalDate.of(2015, 6, 23),
                null,
                "18691234567",
                "18791234560",
                "liu.yang@example-soft.cn");
        Principal zhouJie = person(
                "周杰",
                "610113199101016784",
                LocalDate.of(2021, 1, 1),
                LocalDate.of(2041, 1, 1),
                "18609876543",
                "18709876540",
                "zhou.jie@example-soft.cn");
        SubjectDetails subject = new SubjectDetails(
                SubjectType.ENTERPRISE,
                "陕西示例软件有限公司",
                CertificateType.USCC,
                "91610113MA6TGH8L04",
                "610100",
                "610113",
                "陕西省西安市雁塔区科技路50号",
                "刘洋",
                liuYang);
        return new DemoFiling(
                "applicant.shaanxi",
                "陕ICP备2022004567号",
                "610000",
                subject,
                List.of(new DemoWebsite(
                        new WebsiteDetails(
                                "示例软件在线帮助",
                                zhouJie,
                                List.of("UNIT_PORTAL"),
                                List.of(),
                                true,
                                "软件产品的在线帮助和下载页面，不提供交互服务。"),
                        List.of("example-soft.cn"))));
    }

    private static Principal person(
            String name,
            String residentId,
            LocalDate validFrom,
            LocalDate validTo,
            String mobile,
            String emergencyPhone,
            String email) {
        return new Principal(
                name,
                CertificateType.RESIDENT_ID,
                residentId,
                validFrom,
                validTo,
                validTo == null,
                mobile,
                emergencyPhone,
                email);
    }
}
