package uk.lantern.identity.internal;

import java.util.ArrayList;
import java.util.List;

import uk.lantern.identity.UserView;

/** The user administration form, bound from the page. Mutable because Spring binds forms by setters. */
public class UserForm {

    private String username;
    private String displayName;
    private String email;
    private String agencyId;
    private List<String> roles = new ArrayList<>();
    private String password;
    private boolean enabled = true;
    private boolean headOfService;

    static UserForm from(UserView user) {
        UserForm form = new UserForm();
        form.username = user.username();
        form.displayName = user.displayName();
        form.email = user.email();
        form.agencyId = user.agencyId().toString();
        form.roles = new ArrayList<>(user.roles().stream().map(Enum::name).toList());
        form.enabled = user.enabled();
        form.headOfService = user.headOfService();
        return form;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(String agencyId) {
        this.agencyId = agencyId;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isHeadOfService() {
        return headOfService;
    }

    public void setHeadOfService(boolean headOfService) {
        this.headOfService = headOfService;
    }
}
