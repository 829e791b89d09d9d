package com.docuvault.files;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class DocumentDeletionService {

    private final EntityManager em;

    public DocumentDeletionService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public void delete(Long documentId, String username) {
        StoredDocument document = em.find(StoredDocument.class, documentId);
        if (document == null || document.isDeleted()) {
            throw new EntityNotFoundException("Document " + documentId);
        }
        Member member = em.createQuery("select m from Member m where m.username = :u", Member.class)
                .setParameter("u", username)
                .getSingleResult();

        if (!Objects.equals(document.getOwnerId(), member.getId())) {
            throw new IllegalStateException("Only the owner may delete document " + documentId);
        }
        document.markDeleted();
    }
}
