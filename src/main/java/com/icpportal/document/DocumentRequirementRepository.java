package com.icpportal.document;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface DocumentRequirementRepository extends Repository<DocumentRequirement, Integer> {

    @Query("select r from DocumentRequirement r order by r.id")
    List<DocumentRequirement> findAllInOrder();
}
