package io.sellercenter.accesstokens.adapter.web.platform;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.sellercenter.accesstokens.adapter.web.http.RequestValues;
import io.sellercenter.accesstokens.adapter.web.problem.ProblemResponses;
import io.sellercenter.accesstokens.adapter.web.problem.ProblemType;
import io.sellercenter.accesstokens.adapter.web.problem.Problems;
import io.sellercenter.accesstokens.application.port.in.platform.AddSellerUserCommand;
import io.sellercenter.accesstokens.application.port.in.platform.AddSellerUserResult;
import io.sellercenter.accesstokens.application.port.in.platform.AddSellerUserUseCase;
import io.sellercenter.accesstokens.application.port.in.platform.CreateSellerUseCase;
import io.sellercenter.accesstokens.application.port.in.platform.ListSellersUseCase;
import io.sellercenter.accesstokens.domain.account.Email;
import io.sellercenter.accesstokens.domain.account.NewPassword;
import io.sellercenter.accesstokens.domain.account.Role;
import io.sellercenter.accesstokens.domain.account.Seller;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.SellerName;
import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/** The platform operator's API: opening seller accounts and giving them users. */
@Tag(name = "Platform")
@SecurityRequirement(name = "session")
@ProblemResponses.NotAuthenticated
@ProblemResponses.NotAllowed
@Controller("/api/v1/platform/sellers")
@Secured("PLATFORM_OPERATOR")
@ExecuteOn(TaskExecutors.BLOCKING)
class PlatformController {
    private final CreateSellerUseCase createSeller;
    private final ListSellersUseCase listSellers;
    private final AddSellerUserUseCase addUser;
    private final PlatformResponseMapper mapper;

    PlatformController(CreateSellerUseCase createSeller, ListSellersUseCase listSellers, AddSellerUserUseCase addUser,
                       PlatformResponseMapper mapper) {
        this.createSeller = createSeller;
        this.listSellers = listSellers;
        this.addUser = addUser;
        this.mapper = mapper;
    }

    @Operation(operationId = "createSeller", summary = "Open a seller account")
    @ApiResponse(responseCode = "201", description = "The seller",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = SellerResponse.class)))
    @ProblemResponses.InvalidInput
    @Post
    MutableHttpResponse<SellerResponse> create(@Body CreateSellerRequest body) {
        Seller seller = createSeller.create(new SellerName(body.name()));
        return HttpResponse.created(mapper.toResponse(seller), URI.create("/api/v1/platform/sellers/" + seller.id()));
    }

    @Operation(operationId = "listSellers", summary = "All sellers, by name")
    @ApiResponse(responseCode = "200", description = "The sellers",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = SellerListResponse.class)))
    @Get
    SellerListResponse list() {
        return new SellerListResponse(listSellers.list().stream().map(mapper::toResponse).toList());
    }

    @Operation(operationId = "addSellerUser", summary = "Add a user to a seller")
    @ApiResponse(responseCode = "201", description = "The user",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = UserResponse.class)))
    @ProblemResponses.InvalidInput
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @Post("/{sellerId}/users")
    MutableHttpResponse<?> addUser(@PathVariable String sellerId, @Body AddUserRequest body) {
        SellerId seller = new SellerId(RequestValues.uuid("sellerId", sellerId));
        if (body.role() == null) {
            throw new InvalidInput("role", "is required: ADMIN or MEMBER");
        }
        Role role = RequestValues.oneOf("role", body.role(), SellerRole.class).role;
        AddSellerUserResult result = addUser.add(new AddSellerUserCommand(seller, new Email(body.email()),
                new NewPassword(body.password()), role));
        if (result instanceof AddSellerUserResult.Added added) {
            return HttpResponse.created(mapper.toResponse(added.user()));
        }
        if (result instanceof AddSellerUserResult.EmailTaken) {
            return Problems.of(ProblemType.EMAIL_TAKEN, "Another user already signs in with this e-mail.");
        }
        return Problems.of(ProblemType.NOT_FOUND, "There is no seller with this id.");
    }

    /** The roles a seller user can have, as the API names them. */
    enum SellerRole {
        ADMIN(Role.SELLER_ADMIN),
        MEMBER(Role.SELLER_MEMBER);

        final Role role;

        SellerRole(Role role) {
            this.role = role;
        }

        static SellerRole of(Role role) {
            return role == Role.SELLER_ADMIN ? ADMIN : MEMBER;
        }
    }

    @Serdeable
    record CreateSellerRequest(@Nullable String name) {
    }

    @Serdeable
    record SellerResponse(String id, String name) {
    }

    @Serdeable
    record SellerListResponse(List<SellerResponse> items) {
    }

    @Serdeable
    record AddUserRequest(@Nullable String email, @Nullable String password, @Nullable String role) {
        @Override
        public String toString() {
            return "AddUserRequest[hidden]";
        }
    }

    @Serdeable
    record UserResponse(String id, String email, SellerRole role, String sellerId) {
    }
}
