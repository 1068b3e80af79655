package com.icpportal.province;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The provinces and their rules for changes. */
@Service
public class Provinces {

    private final ProvinceRepository provinces;

    Provinces(ProvinceRepository provinces) {
        this.provinces = provinces;
    }

    /** All 31 provinces in code order. */
    @Transactional(readOnly = true)
    public List<ProvinceRules> all() {
        return provinces.findAllWithPrefixes().stream().map(Province::rules).toList();
    }

    /** All provinces by code, for pages that show many filings. */
    @Transactional(readOnly = true)
    public Map<String, ProvinceRules> byCode() {
        return all().stream().collect(Collectors.toMap(ProvinceRules::code, Function.identity()));
    }

    @Transactional(readOnly = true)
    public Optional<ProvinceRules> find(String code) {
        return provinces.findById(code).map(Province::rules);
    }
}
