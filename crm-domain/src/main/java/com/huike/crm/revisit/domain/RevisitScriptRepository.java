package com.huike.crm.revisit.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RevisitScriptRepository extends JpaRepository<RevisitScript, RevisitKind> {

}
