package org.solarpm.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.solarpm.identity.Branch;
import org.solarpm.identity.PasswordHasher;
import org.solarpm.identity.Role;
import org.solarpm.identity.User;
import org.solarpm.shared.CompanyClock;

/**
 * Seeds the demo company on the first start of an empty database (no users at all), unless
 * {@code SOLARPM_DEMO=false}. A database that holds any user is never touched. Without demo data an
 * empty database still gets an {@code admin} account, with {@code SOLARPM_ADMIN_PASSWORD} or a
 * random password printed once to the log.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DemoDataSeeder {

    public static final String DEMO_PASSWORD = "solarpm";
    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    CompanyClock clock;

    @Inject
    Instance<DemoData> contributions;

    @Inject
    @ConfigProperty(name = "solarpm.demo", defaultValue = "true")
    boolean demo;

    @Inject
    @ConfigProperty(name = "solarpm.admin.password")
    Optional<String> adminPassword;

    @PostConstruct
    void seed() {
        long users = em.createNamedQuery(User.COUNT_ALL, Long.class).getSingleResult();
        if (users > 0) {
            return;
        }
        if (!demo) {
            String password = adminPassword.filter(p -> p.length() >= PasswordHasher.MIN_LENGTH).orElseGet(DemoDataSeeder::randomPassword);
            User admin = new User("admin", "系统管理员", hasher.hash(password), clock.now());
            admin.grant(EnumSet.of(Role.ADMIN));
            em.persist(admin);
            if (adminPassword.isEmpty()) {
                LOG.warning("Created the first account 'admin' with the one-time password: " + password
                        + "  (set SOLARPM_ADMIN_PASSWORD to choose it)");
            }
            return;
        }
        LOG.info("Empty database: seeding the demo company (password of every demo user: " + DEMO_PASSWORD + ")");
        Map<String, Branch> branches = new LinkedHashMap<>();
        for (String[] b : new String[][] {
                {"EAST", "华东分公司", "East China Branch"}, {"NORTH", "华北分公司", "North China Branch"},
                {"SOUTH", "华南分公司", "South China Branch"}, {"NORTHWEST", "西北分公司", "Northwest Branch"}}) {
            Branch branch = new Branch(b[0], b[1], b[2]);
            em.persist(branch);
            branches.put(b[0], branch);
        }
        String hash = hasher.hash(DEMO_PASSWORD);
        Map<String, User> byName = new LinkedHashMap<>();
        byName.put("admin", user("admin", "系统管理员", null, null, hash, "13800000001", Role.ADMIN));
        byName.put("exec", user("exec", "王建国", null, null, hash, "13800000002", Role.EXECUTIVE));
        byName.put("branchhead", user("branchhead", "李华东", branches.get("EAST"), byName.get("exec"), hash, "13800000003", Role.BRANCH_HEAD));
        byName.put("pm", user("pm", "张伟", branches.get("EAST"), byName.get("branchhead"), hash, "13800000004", Role.PROJECT_MANAGER));
        byName.put("site", user("site", "刘强", branches.get("EAST"), byName.get("pm"), hash, "13800000005", Role.SITE_LEAD));
        byName.put("buyer", user("buyer", "陈静", branches.get("EAST"), byName.get("branchhead"), hash, "13800000006", Role.BUYER));
        em.flush();
        DemoContext context = new DemoContext(byName, branches);
        contributions.stream().sorted(Comparator.comparingInt(DemoData::order)).forEach(c -> c.seed(context));
    }

    private User user(String username, String name, Branch branch, User supervisor, String hash, String phone, Role role) {
        User u = new User(username, name, hash, clock.now());
        u.updateProfile(name, phone, username + "@demo.solarpm.local", "zh-CN");
        u.assignTo(branch, supervisor);
        u.grant(Set.of(role));
        em.persist(u);
        return u;
    }

    private static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
