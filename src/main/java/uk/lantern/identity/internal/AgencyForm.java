package uk.lantern.identity.internal;

import uk.lantern.identity.AgencyView;
import uk.lantern.identity.NewAgency;

/** The agency administration form, bound from the page. */
public class AgencyForm {

    private String name;
    private String type;
    private String areaCode;

    static AgencyForm from(AgencyView agency) {
        AgencyForm form = new AgencyForm();
        form.name = agency.name();
        form.type = agency.type().name();
        form.areaCode = agency.areaCode();
        return form;
    }

    NewAgency toNewAgency() {
        return new NewAgency(name, type, areaCode);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public void setAreaCode(String areaCode) {
        this.areaCode = areaCode;
    }
}
