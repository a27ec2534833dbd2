package io.sellercenter.accesstokens.bootstrap;

import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;

import java.util.UUID;

/** A seller set up through the platform API, with an admin and a member signed in. */
record SellerFixture(String sellerId, String name, String adminSession, String memberSession, String adminEmail) {
    static final String PASSWORD = "correct horse battery";

    static SellerFixture create(RunningService service, String operatorSession, String name) {
        return create(service.client(), operatorSession, name);
    }

    static SellerFixture create(ApiClient service, String operatorSession, String name) {
        ApiClient.Reply seller = service.post("/api/v1/platform/sellers", operatorSession,
                "{\"name\":\"" + name + "\"}");
        if (seller.status() != 201) {
            throw new AssertionError("could not create seller: " + seller);
        }
        String sellerId = seller.text("id");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String adminEmail = "admin-" + suffix + "@seller.example";
        String memberEmail = "member-" + suffix + "@seller.example";
        addUser(service, operatorSession, sellerId, adminEmail, "ADMIN");
        addUser(service, operatorSession, sellerId, memberEmail, "MEMBER");
        return new SellerFixture(sellerId, name, service.signIn(adminEmail, PASSWORD),
                service.signIn(memberEmail, PASSWORD), adminEmail);
    }

    private static void addUser(ApiClient service, String operatorSession, String sellerId, String email,
                                String role) {
        ApiClient.Reply user = service.post("/api/v1/platform/sellers/" + sellerId + "/users", operatorSession,
                "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\",\"role\":\"" + role + "\"}");
        if (user.status() != 201) {
            throw new AssertionError("could not add user: " + user);
        }
    }
}
