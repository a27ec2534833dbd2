package io.sellercenter.accesstokens.adapter.web.platform;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.sellercenter.accesstokens.adapter.web.http.BlockingPool;
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
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** The platform operator's API: opening seller accounts and giving them users. */
@Tag(name = "Platform")
@SecurityRequirement(name = "session")
@ProblemResponses.NotAuthenticated
@ProblemResponses.NotAllowed
@ProblemResponses.TooManyRequests
@ProblemResponses.InternalError
@ProblemResponses.Unavailable
@Controller("/api/v1/platform/sellers")
@Secured("PLATFORM_OPERATOR")
@ExecuteOn(BlockingPool.NAME)
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
            headers = @Header(name = "Location", required = true, description = "Where the seller is",
                    schema = @Schema(type = "string", format = "uri-reference")),
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
    MutableHttpResponse<?> addUser(@Parameter(description = "The seller's id", schema = @Schema(type = "string",
            format = "uuid")) @PathVariable String sellerId, @Body AddUserRequest body) {
        SellerId seller = new SellerId(RequestValues.uuid("sellerId", sellerId));
        if (body.role() == null) {
            throw new InvalidInput("role", "is required: ADMIN or MEMBER");
        }
        Role role = RequestValues.oneOf("role", body.role(), SellerUserRole.class).role;
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

    @Serdeable
    @Schema(name = "CreateSellerRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
            description = "A new seller account. Unknown fields are refused.")
    record CreateSellerRequest(
            @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = 200, pattern = "\\S",
                    example = "Nordic Bikes", description = "Trimmed; no control characters")
            String name) {
    }

    @Serdeable
    @Schema(name = "Seller", description = "A seller account.")
    record SellerResponse(
            @Schema(requiredMode = REQUIRED, format = "uuid", example = "6f1c2a7e-2b7d-4c1e-9d7a-1c2b3d4e5f60")
            String id,
            @Schema(requiredMode = REQUIRED, minLength = 1, maxLength = 200, example = "Nordic Bikes") String name) {
    }

    @Serdeable
    @Schema(name = "SellerList", description = "Every seller, by name.")
    record SellerListResponse(@Schema(requiredMode = REQUIRED) List<SellerResponse> items) {
    }

    @Serdeable
    @Schema(name = "AddSellerUserRequest", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
            description = "A new user of a seller, who signs in with this e-mail and password. Unknown fields are "
                    + "refused.")
    record AddUserRequest(
            @Schema(requiredMode = REQUIRED, maxLength = 254, format = "email",
                    pattern = "^\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*$", example = "someone@seller.example",
                    description = "Compared in lower case")
            String email,
            @Schema(requiredMode = REQUIRED, minLength = 12, maxLength = 128, format = "password",
                    example = "not-a-real-password")
            String password,
            @Schema(requiredMode = REQUIRED, implementation = SellerUserRole.class) String role) {
        @Override
        public String toString() {
            return "AddUserRequest[hidden]";
        }
    }

    @Serdeable
    @Schema(name = "SellerUser", description = "A user of a seller.")
    record UserResponse(
            @Schema(requiredMode = REQUIRED, format = "uuid") String id,
            @Schema(requiredMode = REQUIRED, example = "someone@seller.example") String email,
            @Schema(requiredMode = REQUIRED) SellerUserRole role,
            @Schema(requiredMode = REQUIRED, format = "uuid") String sellerId) {
    }
}
