package com.huike.crm.system;

import java.util.Set;

import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.domain.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo accounts of the README (password {@code demo123}), created once, only with the
 * Spring profile {@code demo}. Demo customers follow in later runners.
 */
@Component
@Profile("demo")
@Order(1)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo123";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final IdentityService identity;

	DemoData(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (identity.userIdOf("admin").isPresent()) {
			return;
		}
		log.info("Creating the demo accounts (password {})", PASSWORD);
		identity.createUser("admin", PASSWORD, "系统管理员", Set.of(Role.ADMIN), null, null);
		Long supervisor1 = identity.createUser("supervisor1", PASSWORD, "周市场", Set.of(Role.SUPERVISOR), null, null);
		Long supervisor2 = identity.createUser("supervisor2", PASSWORD, "吴市场", Set.of(Role.SUPERVISOR), null, null);
		Long team1 = identity.createTeam("一组", supervisor1);
		Long team2 = identity.createTeam("二组", supervisor2);
		identity.createUser("manager1", PASSWORD, "王经理", Set.of(Role.MANAGER), team1, null);
		identity.createUser("manager2", PASSWORD, "李经理", Set.of(Role.MANAGER), team1, null);
		identity.createUser("manager3", PASSWORD, "赵经理", Set.of(Role.MANAGER), team2, null);
		identity.createUser("agent1", PASSWORD, "陈客服", Set.of(Role.AGENT), null, null);
		identity.createUser("csmanager1", PASSWORD, "刘客服经理", Set.of(Role.CS_MANAGER), null, null);
		identity.createUser("handler1", PASSWORD, "孙处理", Set.of(Role.HANDLER), null, "售后服务部");
	}

}
