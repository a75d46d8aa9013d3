package nl.toeslagen.caselaw.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row per signal category in {@code cl_signal_category_lock}, locked and never changed. */
@Entity
@Table(name = "cl_signal_category_lock")
public class SignalCategoryLockEntity {

  @Id
  @Column(name = "category", length = 40)
  String category;

  protected SignalCategoryLockEntity() {}

  SignalCategoryLockEntity(String category) {
    this.category = category;
  }
}
