package com.icpportal.authority;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SimulatedSmsCodes extends JpaRepository<SimulatedSmsCode, SimulatedSmsCode.Key> {

    @Query("select c from SimulatedSmsCode c where c.orderId = :orderId order by c.sentAt, c.mobile")
    List<SimulatedSmsCode> findByOrder(UUID orderId);

    @Modifying
    @Query("delete from SimulatedSmsCode c where c.orderId = :orderId")
    void deleteByOrder(UUID orderId);
}
