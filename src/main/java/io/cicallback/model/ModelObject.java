package io.cicallback.model;

import io.cicallback.internal.map.ModelFields;
import io.cicallback.validate.DisplayText;
import io.cicallback.internal.bind.UnknownNodeDom;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlType;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.w3c.dom.Element;

/**
 * What every class of the callback model shares (xjc makes each extend it; the rest of the model is generated
 * from {@code callback.xsd}): a readable {@link #toString()}, such as
 * {@code Job{jobId=j406..., state=Success, tag=VoiceSeparate, operation=Operation{...}}}. Absent values and
 * empty lists are left out, and control characters from the body are escaped, so that a logged callback
 * cannot forge log lines. {@code equals} and {@code hashCode} are generated into each class, and call this
 * class's, which compare the unknown nodes.
 *
 * <p>It also holds the nodes a lenient read met here that the schemas do not describe ({@link
 * #unknownNodes()}): the writer writes them back in either format.
 */
@XmlType(name = "ModelObject") // the base type of every generated one
@XmlAccessorType(XmlAccessType.NONE)
public abstract class ModelObject implements Serializable {

    private static final long serialVersionUID = 1L;

    /** {@code null} until a node is kept: almost every object has none. */
    private ArrayList<UnknownNode> unknownNodes;

    /** For the generated subclasses. */
    protected ModelObject() {
    }

    /**
     * The nodes a lenient read found in this node that the typed properties cannot hold: nodes the schemas do not
     * describe (say, a field Tencent added), and values not of their node's form (a {@code Duration} of
     * {@code abc}: the typed property stays absent, the text is kept here), in document order; {@link io.cicallback.write.CallbackWriter} writes them back into this
     * node, in either format (in XML before the documented nodes, in JSON after them: order among siblings
     * means nothing in a callback). A strict read rejects such a body instead.
     *
     * @return a live list, empty when there are none
     */
    public List<UnknownNode> unknownNodes() {
        if (unknownNodes == null) {
            unknownNodes = new ArrayList<>();
        }
        return unknownNodes;
    }

    /** What JAXB writes of the unknown nodes: the elements they were (as a base type's, before the documented ones). */
    @XmlAnyElement
    private List<Element> getUnknownElements() {
        return hasUnknownNodes() ? UnknownNodeDom.toElements(unknownNodes) : null;
    }

    /** For a JAXB user of the model classes; the library's readers keep unknown nodes themselves. */
    @SuppressWarnings("unused")
    private void setUnknownElements(List<Element> elements) {
        if (elements != null) {
            elements.forEach(element -> unknownNodes().add(UnknownNodeDom.toNode(element)));
        }
    }

    /** @return whether unknown nodes are kept here, without creating the list */
    public boolean hasUnknownNodes() {
        return unknownNodes != null && !unknownNodes.isEmpty();
    }

    /**
     * The generated {@code equals} of each class compares its own values and calls this one.
     *
     * @return whether the other object keeps the same unknown nodes (none and an empty list are the same)
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ModelObject that && kept().equals(that.kept());
    }

    /** @return the hash of the unknown nodes, which the generated {@code hashCode} of each class takes in */
    @Override
    public int hashCode() {
        return kept().hashCode();
    }

    private List<UnknownNode> kept() {
        return unknownNodes == null ? List.of() : unknownNodes;
    }

    @Override
    public String toString() {
        var out = new StringBuilder(getClass().getSimpleName()).append('{');
        boolean first = true;
        for (var field : ModelFields.of(getClass())) {
            var value = ModelFields.get(field, this);
            if (value == null || value instanceof Collection<?> list && list.isEmpty()) {
                continue;
            }
            out.append(first ? "" : ", ").append(field.getName()).append('=')
                    .append(value instanceof ModelObject || value instanceof Collection<?> ? value.toString()
                            : DisplayText.escape(String.valueOf(value)));
            first = false;
        }
        if (hasUnknownNodes()) {
            out.append(first ? "" : ", ").append("unknownNodes=").append(unknownNodes);
        }
        return out.append('}').toString();
    }
}
