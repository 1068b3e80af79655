package com.icpportal.province;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The division table as admins change it; reading for forms goes through {@link ReferenceDataRepository}. */
interface AdministrativeDivisionRepository extends JpaRepository<AdministrativeDivision, String> {

    @Query("select d from AdministrativeDivision d where d.abolished = true order by d.code")
    List<AdministrativeDivision> findAbolished();
}
