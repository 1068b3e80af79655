package com.icpportal.province;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PhotoSiteRepository extends Repository<PhotoSite, UUID> {

    @Query("select s from PhotoSite s where s.provinceCode = :provinceCode and s.active = true order by s.nameZh")
    List<PhotoSite> findActive(String provinceCode);

    @Query("select s from PhotoSite s where s.provinceCode = :provinceCode order by s.active desc, s.nameZh")
    List<PhotoSite> findAllOfProvince(String provinceCode);

    Optional<PhotoSite> findById(UUID id);

    PhotoSite saveAndFlush(PhotoSite site);
}
